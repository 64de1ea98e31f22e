package com.ecommerce.product.web;

import static com.ecommerce.product.web.WebSlice.Callers.admin;
import static com.ecommerce.product.web.WebSlice.Callers.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.List;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.product.application.CategoryManagement;
import com.ecommerce.product.application.CategoryNode;
import com.ecommerce.product.application.CategoryStatistics;
import com.ecommerce.product.application.Visibility;
import com.ecommerce.product.domain.CategoryCycle;
import com.ecommerce.product.domain.CategoryNotEmpty;
import com.ecommerce.product.domain.CategoryNotFound;
import com.ecommerce.product.domain.SlugTaken;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(CategoryController.class)
@WebSlice
class CategoryControllerTest {

    static final String ID = IdGenerator.encode(7L);
    static final CategoryNode LAPTOPS = new CategoryNode(ID, "Laptops", "laptops", 1, IdGenerator.encode(1L), List.of());
    static final String BODY = "{\"name\":\"Laptops\",\"slug\":\"laptops\",\"parentId\":\"" + IdGenerator.encode(1L) + "\"}";

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    CategoryManagement categories;

    @Test
    void showsTheTreeToAnyone() {
        when(categories.tree()).thenReturn(List.of(new CategoryNode(IdGenerator.encode(1L), "Electronics",
                "electronics", 1, null, List.of(LAPTOPS))));

        assertThat(mvc.get().uri("/api/v1/categories")).hasStatusOk().bodyJson()
                .extractingPath("$[0].children[0].slug").isEqualTo("laptops");
    }

    @Test
    void showsOneCategoryOr404() {
        when(categories.category(7L)).thenReturn(LAPTOPS);
        assertThat(mvc.get().uri("/api/v1/categories/{id}", ID)).hasStatusOk();

        when(categories.category(8L)).thenThrow(new CategoryNotFound(IdGenerator.encode(8L)));
        assertThat(mvc.get().uri("/api/v1/categories/{id}", IdGenerator.encode(8L))).hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:ecommerce:problem:category-not-found");
        assertThat(mvc.get().uri("/api/v1/categories/bad!")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void countsOnlyWhatTheCallerMaySee() {
        when(categories.statistics(Visibility.ACTIVE_ONLY)).thenReturn(
                List.of(new CategoryStatistics(ID, "Laptops", 3, new BigDecimal("56666.67"))));
        when(categories.statistics(Visibility.ALL_STATUSES)).thenReturn(List.of());

        assertThat(mvc.get().uri("/api/v1/categories/stats")).hasStatusOk().bodyJson()
                .extractingPath("$[0].productCount").isEqualTo(3);
        assertThat(mvc.get().uri("/api/v1/categories/stats").with(admin())).hasStatusOk().bodyJson()
                .extractingPath("$.length()").isEqualTo(0);
    }

    @Test
    void letsAdminsCreateUpdateAndDelete() {
        when(categories.create(any())).thenReturn(LAPTOPS);
        when(categories.update(eq(7L), any())).thenReturn(LAPTOPS);

        assertThat(send(mvc.post().uri("/api/v1/categories"), BODY).with(admin())).hasStatus(HttpStatus.CREATED);
        assertThat(send(mvc.put().uri("/api/v1/categories/{id}", ID), BODY).with(admin())).hasStatusOk();
        assertThat(mvc.delete().uri("/api/v1/categories/{id}", ID).with(admin())).hasStatus(HttpStatus.NO_CONTENT);
    }

    @Test
    void refusesCustomers() {
        assertThat(send(mvc.post().uri("/api/v1/categories"), BODY).with(customer())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.delete().uri("/api/v1/categories/{id}", ID).with(customer())).hasStatus(HttpStatus.FORBIDDEN);
        verifyNoInteractions(categories);
    }

    @Test
    void refusesAPutByACustomer() {
        assertThat(send(mvc.put().uri("/api/v1/categories/{id}", ID), BODY).with(customer()))
                .hasStatus(HttpStatus.FORBIDDEN);
        verifyNoInteractions(categories);
    }

    @Test
    void answersAPutOfAnUnknownCategoryWith404() {
        when(categories.update(eq(8L), any())).thenThrow(new CategoryNotFound(IdGenerator.encode(8L)));

        assertThat(send(mvc.put().uri("/api/v1/categories/{id}", IdGenerator.encode(8L)), BODY).with(admin()))
                .hasStatus(HttpStatus.NOT_FOUND).bodyJson()
                .extractingPath("$.type").isEqualTo("urn:ecommerce:problem:category-not-found");
        assertThat(send(mvc.put().uri("/api/v1/categories/bad!"), BODY).with(admin())).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void answersInvalidAndConflictingChanges() {
        assertThat(send(mvc.post().uri("/api/v1/categories"), "{\"name\":\"X\",\"slug\":\"Not A Slug\"}").with(admin()))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("slug");

        when(categories.create(any())).thenThrow(new SlugTaken("laptops"));
        assertThat(send(mvc.post().uri("/api/v1/categories"), BODY).with(admin())).hasStatus(HttpStatus.CONFLICT);

        when(categories.update(eq(7L), any())).thenThrow(new CategoryCycle("cycle"));
        assertThat(send(mvc.put().uri("/api/v1/categories/{id}", ID), BODY).with(admin()))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);

        doThrow(new CategoryNotEmpty(ID)).when(categories).delete(7L);
        assertThat(mvc.delete().uri("/api/v1/categories/{id}", ID).with(admin())).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:ecommerce:problem:category-not-empty");
    }

    private static MockMvcTester.MockMvcRequestBuilder send(MockMvcTester.MockMvcRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
