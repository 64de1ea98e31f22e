package com.ecommerce.product.web;

import static com.ecommerce.product.web.WebSlice.Callers.admin;
import static com.ecommerce.product.web.WebSlice.Callers.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.product.application.ProductManagement;
import com.ecommerce.product.application.RegisterProduct;
import com.ecommerce.product.domain.IllegalStatusTransition;
import com.ecommerce.product.domain.InvalidPrice;
import com.ecommerce.product.domain.ProductNotFound;
import com.ecommerce.product.domain.ProductStatus;
import com.ecommerce.product.domain.UnknownCategory;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(ProductAdminController.class)
@WebSlice
class ProductAdminControllerTest {

    static final String ID = ProductControllerTest.ID;
    static final String CATEGORY = IdGenerator.encode(7L);
    static final String LAPTOP = """
            {"name":"Aurora Laptop","categoryId":"%s","originalPrice":1000,"salePrice":800,
             "images":[{"imageUrl":"https://img.example/a.jpg","displayOrder":0,"isThumbnail":true}]}"""
            .formatted(CATEGORY);

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    ProductManagement management;

    @Test
    void registersAnArrayOfProducts() {
        when(management.register(anyList())).thenReturn(List.of(ProductControllerTest.view()));

        assertThat(post("[" + LAPTOP + "]").with(admin())).hasStatus(HttpStatus.CREATED)
                .bodyJson().extractingPath("$[0].id").isEqualTo(ID);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<RegisterProduct>> commands = ArgumentCaptor.forClass(List.class);
        verify(management).register(commands.capture());
        assertThat(commands.getValue().getFirst().categoryId()).isEqualTo(7L);
        assertThat(commands.getValue().getFirst().images().getFirst().thumbnail()).isTrue();
    }

    @Test
    void refusesCustomersAndAnonymousCallers() {
        assertThat(post("[" + LAPTOP + "]").with(customer())).hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:ecommerce:problem:forbidden");
        assertThat(post("[" + LAPTOP + "]")).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.delete().uri("/api/v1/products/{id}", ID).with(customer())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.patch().uri("/api/v1/products/{id}", ID).with(customer())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).hasStatus(HttpStatus.FORBIDDEN);
        verifyNoInteractions(management);
    }

    @Test
    void refusesAPutByACustomer() {
        assertThat(mvc.put().uri("/api/v1/products/{id}", ID).with(customer()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"salePrice\":700}")).hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:ecommerce:problem:forbidden");
        verifyNoInteractions(management);
    }

    @Test
    void answersAPutOfAnUnknownProductWith404() {
        when(management.revise(eq(42L), any())).thenThrow(new ProductNotFound(ID));

        assertThat(mvc.put().uri("/api/v1/products/{id}", ID).with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"salePrice\":700}")).hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().extractingPath("$.productId").isEqualTo(ID);
        assertThat(mvc.put().uri("/api/v1/products/not-a-tsid!").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void refusesStatusChangesByCustomers() {
        assertThat(mvc.post().uri("/api/v1/products/{id}/status", ID).with(customer())
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"ACTIVE\"}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        for (String transition : List.of("activate", "sold-out", "discontinue")) {
            assertThat(mvc.post().uri("/api/v1/products/{id}/{transition}", ID, transition).with(customer()))
                    .as(transition).hasStatus(HttpStatus.FORBIDDEN);
        }
        verifyNoInteractions(management);
    }

    @Test
    void listsInvalidFieldsOfEveryProduct() {
        assertThat(post("[{\"categoryId\":\"" + CATEGORY + "\",\"originalPrice\":1.234}]").with(admin()))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.type", v -> v.assertThat().isEqualTo("urn:ecommerce:problem:validation-failed"))
                .hasPathSatisfying("$.errors[*].field", v -> v.assertThat().asArray()
                        .contains("products[0].name", "products[0].salePrice", "products[0].originalPrice"));
        assertThat(post("[]").with(admin())).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(post("{").with(admin())).hasStatus(HttpStatus.BAD_REQUEST);
        verifyNoInteractions(management);
    }

    @Test
    void answersPriceRuleViolationsWith422() {
        assertThat(post("[" + LAPTOP.replace("\"salePrice\":800", "\"salePrice\":1200") + "]").with(admin()))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
                .extractingPath("$.type").isEqualTo("urn:ecommerce:problem:invalid-price");
        assertThat(post("[" + LAPTOP.replace("\"originalPrice\":1000", "\"originalPrice\":-1") + "]").with(admin()))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Test
    void answersAnUnknownCategoryWith422() {
        when(management.register(anyList())).thenThrow(new UnknownCategory(CATEGORY));
        assertThat(post("[" + LAPTOP + "]").with(admin())).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson().extractingPath("$.categoryId").isEqualTo(CATEGORY);
        assertThat(post("[" + LAPTOP.replace(CATEGORY, "bad!") + "]").with(admin()))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Test
    void updatesPartiallyWithPutAndPatch() {
        when(management.revise(eq(42L), any())).thenReturn(ProductControllerTest.view());

        assertThat(mvc.put().uri("/api/v1/products/{id}", ID).with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"salePrice\":700}")).hasStatusOk();
        assertThat(mvc.patch().uri("/api/v1/products/{id}", ID).with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"New\"}")).hasStatusOk();
    }

    @Test
    void answersUpdateErrors() {
        when(management.revise(eq(42L), any())).thenThrow(new InvalidPrice("The sale price must not exceed the original price."));
        assertThat(patch("{\"salePrice\":7000}")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(mvc.patch().uri("/api/v1/products/nope").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(patch("{\"name\":\"\"}")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void answersAConcurrentChangeWith409() {
        when(management.revise(eq(42L), any())).thenThrow(new OptimisticLockingFailureException("stale"));
        assertThat(patch("{\"name\":\"New\"}")).hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void movesThroughTheStatusTransitions() {
        when(management.changeStatus(42L, ProductStatus.ACTIVE)).thenReturn(ProductControllerTest.view());
        assertThat(mvc.post().uri("/api/v1/products/{id}/activate", ID).with(admin())).hasStatusOk();
        assertThat(mvc.post().uri("/api/v1/products/{id}/status", ID).with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"ACTIVE\"}")).hasStatusOk();

        when(management.changeStatus(42L, ProductStatus.SOLD_OUT))
                .thenThrow(new IllegalStatusTransition(ProductStatus.DRAFT, ProductStatus.SOLD_OUT));
        assertThat(mvc.post().uri("/api/v1/products/{id}/sold-out", ID).with(admin()))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.from").isEqualTo("DRAFT");
        assertThat(mvc.post().uri("/api/v1/products/{id}/status", ID).with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void deletesSoftlyAndAnswersUnknownProductsWith404() {
        assertThat(mvc.delete().uri("/api/v1/products/{id}", ID).with(admin())).hasStatus(HttpStatus.NO_CONTENT);
        verify(management).delete(42L);

        org.mockito.Mockito.doThrow(new ProductNotFound(ID)).when(management).delete(42L);
        assertThat(mvc.delete().uri("/api/v1/products/{id}", ID).with(admin())).hasStatus(HttpStatus.NOT_FOUND);
    }

    private MockMvcTester.MockMvcRequestBuilder post(String body) {
        return mvc.post().uri("/api/v1/products").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private MockMvcTester.MockMvcRequestBuilder patch(String body) {
        return mvc.patch().uri("/api/v1/products/{id}", ID).with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }
}
