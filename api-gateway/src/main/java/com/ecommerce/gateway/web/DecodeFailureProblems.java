package com.ecommerce.gateway.web;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;

/**
 * Answers requests the HTTP decoder could not read (a request line over the limit, headers over
 * the limit, a malformed line) with problem+json. Reactor Netty would answer them itself, with the
 * right status but an empty body, before any of the gateway's own code runs; this handler sits
 * right after the decoder, answers, and closes the connection, since nothing more on it can be
 * trusted to be framed correctly.
 */
final class DecodeFailureProblems extends ChannelInboundHandlerAdapter {

    static final String NAME = "ecommerce.decodeFailureProblems";

    private boolean discarding;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (discarding) {
            ReferenceCountUtil.release(message);
            return;
        }
        if (message instanceof HttpRequest request && request.decoderResult().isFailure()) {
            discarding = true;
            Throwable cause = request.decoderResult().cause();
            ReferenceCountUtil.release(message);
            ctx.writeAndFlush(problem(cause)).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        ctx.fireChannelRead(message);
    }

    static FullHttpResponse problem(Throwable cause) {
        HttpResponseStatus status;
        String slug;
        String detail;
        if (cause instanceof TooLongHttpLineException) {
            status = HttpResponseStatus.REQUEST_URI_TOO_LONG;
            slug = "uri-too-long";
            detail = "The request line is longer than the gateway accepts.";
        } else if (cause instanceof TooLongHttpHeaderException || cause instanceof TooLongFrameException) {
            status = HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
            slug = "header-fields-too-large";
            detail = "The request's headers are larger than the gateway accepts.";
        } else {
            status = HttpResponseStatus.BAD_REQUEST;
            slug = "bad-request";
            detail = "The request is not well-formed HTTP.";
        }
        byte[] body = """
                {"type":"urn:ecommerce:problem:%s","title":"%s","status":%d,"detail":"%s"}"""
                .formatted(slug, status.reasonPhrase(), status.code(), detail).getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        return response;
    }
}
