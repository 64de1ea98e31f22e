package com.ecommerce.gateway.web;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import reactor.netty.NettyPipeline;

/** The gateway's HTTP server: requests its decoder refuses are answered as problems too. */
@Configuration(proxyBeanMethods = false)
class EdgeServerConfig {

    @Bean
    NettyServerCustomizer decodeFailureProblems() {
        return server -> server.doOnChannelInit((observer, channel, remoteAddress) -> {
            // HTTP/1.1 connections only: an HTTP/2 stream is decoded by other handlers.
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, DecodeFailureProblems.NAME, new DecodeFailureProblems());
            }
        });
    }
}
