package com.ecommerce.product.web;

import static com.ecommerce.product.web.WebSlice.Callers.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.sql.SQLException;
import java.util.List;

import com.ecommerce.product.application.CatalogBrowsing;
import com.ecommerce.product.application.CategoryManagement;
import com.ecommerce.product.application.ProductManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResultAssert;

/**
 * Input the database cannot take (a NUL byte, a number beyond PostgreSQL's numeric range) is a
 * client mistake: 400 problem+json naming the field, never 409 or 500, and it never reaches the
 * use cases. JSON bodies carry the NUL byte as the escape {@code \u0000}.
 */
@WebMvcTest({ProductController.class, ProductAdminController.class, CategoryController.class})
@WebSlice
class CatalogInputTest {

    static final String NUL = "\\u0000";
    static final String ID = ProductControllerTest.ID;
    static final String CATEGORY = ProductAdminControllerTest.CATEGORY;

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    CatalogBrowsing browsing;
    @MockitoBean
    ProductManagement management;
    @MockitoBean
    CategoryManagement categories;

    @Test
    void rejectsControlCharactersInTheKeyword() {
        invalid(mvc.get().uri("/api/v1/products").param("keyword", "lap\u0000top"), "keyword");
        invalid(mvc.get().uri("/api/v1/products").param("keyword", "lap\u001btop"), "keyword");
        invalid(json(mvc.post().uri("/api/v1/products/search"), "{\"keyword\":\"lap" + NUL + "top\"}"), "keyword");
        verifyNoInteractions(browsing);
    }

    @Test
    void rejectsPriceBoundsNoProductCanHave() {
        invalid(mvc.get().uri("/api/v1/products").param("minPrice", "1e999999"), "minPrice");
        invalid(mvc.get().uri("/api/v1/products").param("maxPrice", "1e-999999"), "maxPrice");
        invalid(mvc.get().uri("/api/v1/products").param("minPrice", "-1"), "minPrice");
        invalid(mvc.get().uri("/api/v1/products").param("maxPrice", "100000000"), "maxPrice");
        invalid(json(mvc.post().uri("/api/v1/products/search"), "{\"minPrice\":1e999999}"), "minPrice");
        verifyNoInteractions(browsing);
    }

    @Test
    void rejectsControlCharactersInProductTextOnCreate() {
        invalid(register("\"name\":\"Aurora" + NUL + "Laptop\""), "products[0].name");
        invalid(register("\"name\":\"Aurora Laptop\",\"description\":\"light" + NUL + "\""), "products[0].description");
        invalid(register("\"name\":\"Aurora Laptop\",\"images\":[{\"imageUrl\":\"https://img.example/" + NUL
                + ".jpg\",\"displayOrder\":0}]"), "products[0].images[0].imageUrl");
        verifyNoInteractions(management);
    }

    @Test
    void keepsLineBreaksAndTabsInADescription() {
        when(management.register(anyList())).thenReturn(List.of(ProductControllerTest.view()));

        assertThat(register("\"name\":\"Aurora Laptop\",\"description\":\"light\\n\\tand fast\\r\\n\""))
                .hasStatus(HttpStatus.CREATED);
    }

    @Test
    void rejectsControlCharactersInProductTextOnUpdate() {
        invalid(json(mvc.patch().uri("/api/v1/products/{id}", ID).with(admin()), "{\"name\":\"New" + NUL + "\"}"),
                "name");
        invalid(json(mvc.put().uri("/api/v1/products/{id}", ID).with(admin()), "{\"description\":\"" + NUL + "\"}"),
                "description");
        verifyNoInteractions(management);
    }

    @Test
    void rejectsControlCharactersInACategoryName() {
        String body = "{\"name\":\"Lap" + NUL + "tops\",\"slug\":\"laptops\"}";
        invalid(json(mvc.post().uri("/api/v1/categories").with(admin()), body), "name");
        invalid(json(mvc.put().uri("/api/v1/categories/{id}", CATEGORY).with(admin()), body), "name");
        verifyNoInteractions(categories);
    }

    @Test
    void answersADataErrorTheValidationMissedWith400() {
        when(management.revise(eq(42L), any())).thenThrow(databaseFailure("22021", "invalid byte sequence"));

        assertThat(json(mvc.patch().uri("/api/v1/products/{id}", ID).with(admin()), "{\"name\":\"New\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:ecommerce:problem:invalid-data");
    }

    @Test
    void stillAnswersARealConstraintConflictWith409() {
        when(categories.create(any())).thenThrow(databaseFailure("23505", "duplicate key value"));

        String body = "{\"name\":\"Laptops\",\"slug\":\"laptops\"}";
        assertThat(json(mvc.post().uri("/api/v1/categories").with(admin()), body)).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:ecommerce:problem:conflict");
    }

    /** As Spring reports a failed statement: the driver's SQLException under the persistence provider's. */
    private static DataIntegrityViolationException databaseFailure(String sqlState, String message) {
        SQLException driver = new SQLException("ERROR: " + message, sqlState);
        return new DataIntegrityViolationException("could not execute statement",
                new RuntimeException("could not execute statement", driver));
    }

    private MockMvcTester.MockMvcRequestBuilder register(String fields) {
        return json(mvc.post().uri("/api/v1/products").with(admin()), "[{" + fields + ",\"categoryId\":\"" + CATEGORY
                + "\",\"originalPrice\":1000,\"salePrice\":800}]");
    }

    private static MockMvcTester.MockMvcRequestBuilder json(MockMvcTester.MockMvcRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private void invalid(MockMvcTester.MockMvcRequestBuilder request, String field) {
        MvcTestResultAssert answer = assertThat(request).as(field).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        answer.bodyJson().extractingPath("$.type").isEqualTo("urn:ecommerce:problem:validation-failed");
        answer.bodyJson().extractingPath("$.errors[*].field").asArray().contains(field);
    }
}
