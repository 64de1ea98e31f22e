package com.ecommerce.product.support;

import static com.ecommerce.product.support.Callers.admin;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Admin steps shared by integration tests, through the HTTP API. */
public record CatalogApi(MockMvcTester mvc, JsonMapper json) {

    public String createCategory(String parentId) {
        String slug = "it-" + UUID.randomUUID().toString().substring(0, 8);
        String parent = parentId == null ? "" : ",\"parentId\":\"" + parentId + "\"";
        MvcTestResult result = mvc.post().uri("/api/v1/categories").with(admin())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"IT " + slug + "\",\"slug\":\"" + slug + "\"" + parent + "}").exchange();
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return read(result).get("id").asString();
    }

    public String createProduct(String categoryId, String name, String status, String original, String sale) {
        MvcTestResult result = mvc.post().uri("/api/v1/products").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        [{"name":"%s","description":"made for tests","categoryId":"%s","originalPrice":%s,
                          "salePrice":%s,"status":"%s",
                          "images":[{"imageUrl":"https://img.example/x.jpg","displayOrder":0,"isThumbnail":true}]}]"""
                        .formatted(name, categoryId, original, sale, status)).exchange();
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return read(result).get(0).get("id").asString();
    }

    public JsonNode read(MvcTestResult result) {
        try {
            return json.readTree(result.getResponse().getContentAsString());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
