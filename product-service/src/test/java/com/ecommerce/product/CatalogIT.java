package com.ecommerce.product;

import static com.ecommerce.product.support.Callers.admin;
import static com.ecommerce.product.support.Callers.customer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.ecommerce.events.product.v1.ProductCreated;
import com.ecommerce.events.product.v1.ProductDeleted;
import com.ecommerce.events.product.v1.ProductPriceChanged;
import com.ecommerce.events.product.v1.ProductRevised;
import com.ecommerce.events.product.v1.ProductStatus;
import com.ecommerce.events.product.v1.ProductStatusChanged;
import com.ecommerce.product.support.CatalogApi;
import com.ecommerce.product.support.CatalogIntegrationTest;
import com.ecommerce.product.support.ProductEventsProbe;
import com.google.protobuf.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@CatalogIntegrationTest
class CatalogIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JsonMapper json;

    CatalogApi api;
    ProductEventsProbe events;
    String run = UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");

    @BeforeEach
    void setUp() {
        api = new CatalogApi(mvc, json);
        events = new ProductEventsProbe();
    }

    @AfterEach
    void tearDown() {
        events.close();
    }

    @Test
    void customerSeesAProductOnceAnAdminActivatesIt() {
        String category = api.createCategory(null);
        String id = api.createProduct(category, "Draft Kettle " + run, "DRAFT", "100", "90");

        assertThat(mvc.get().uri("/api/v1/products/{id}", id).with(customer())).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/products/{id}", id).with(admin())).hasStatusOk();

        assertThat(mvc.post().uri("/api/v1/products/{id}/activate", id).with(admin())).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/products/{id}", id)).hasStatusOk()
                .bodyJson().extractingPath("$.status").isEqualTo("ACTIVE");

        List<Message> published = events.awaitMessages(id, 2);
        assertThat(published.get(0)).isInstanceOfSatisfying(ProductCreated.class, created -> {
            assertThat(created.getStatus()).isEqualTo(ProductStatus.DRAFT);
            assertThat(created.getCategoryId()).isEqualTo(category);
            assertThat(created.getPrice().getAmount()).isEqualTo("90.00");
            assertThat(UUID.fromString(created.getEventId())).isNotNull();
            assertThat(created.hasOccurredAt()).isTrue();
        });
        assertThat(published.get(1)).isInstanceOfSatisfying(ProductStatusChanged.class, changed ->
                assertThat(changed.getPreviousStatus()).isEqualTo(ProductStatus.DRAFT));
    }

    @Test
    void aPriceChangeIsSeenAtOnceDespiteTheCacheAndIsPublished() {
        String id = api.createProduct(api.createCategory(null), "Cached Lamp " + run, "ACTIVE", "100", "90");
        assertThat(mvc.get().uri("/api/v1/products/{id}", id)).bodyJson().extractingPath("$.salePrice").isEqualTo(90.0);
        assertThat(mvc.get().uri("/api/v1/products/batch?ids={id}", id)).bodyJson()
                .extractingPath("$[0].salePrice").isEqualTo(90.0);

        assertThat(mvc.patch().uri("/api/v1/products/{id}", id).with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"salePrice\":75}")).hasStatusOk();

        assertThat(mvc.get().uri("/api/v1/products/{id}", id)).bodyJson().extractingPath("$.salePrice").isEqualTo(75.0);
        assertThat(mvc.get().uri("/api/v1/products/batch?ids={id}", id)).bodyJson()
                .extractingPath("$[0].salePrice").isEqualTo(75.0);
        assertThat(events.awaitMessages(id, 2).get(1)).isInstanceOfSatisfying(ProductPriceChanged.class,
                changed -> assertThat(changed.getPrice().getAmount()).isEqualTo("75.00"));
    }

    @Test
    void aRenamePublishesTheRevisedName() {
        String id = api.createProduct(api.createCategory(null), "Plain Mug " + run, "ACTIVE", "100", "90");

        assertThat(mvc.patch().uri("/api/v1/products/{id}", id).with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Glazed Mug " + run + "\"}")).hasStatusOk();

        assertThat(events.awaitMessages(id, 2).get(1)).isInstanceOfSatisfying(ProductRevised.class,
                revised -> assertThat(revised.getName()).isEqualTo("Glazed Mug " + run));
    }

    @Test
    void rejectsAnUpdateThatBreaksThePriceRules() {
        String id = api.createProduct(api.createCategory(null), "Strict Pan " + run, "ACTIVE", "100", "90");
        assertThat(mvc.patch().uri("/api/v1/products/{id}", id).with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"salePrice\":101}")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Test
    void deletesSoftlyAndPublishesIt() {
        String id = api.createProduct(api.createCategory(null), "Gone Chair " + run, "ACTIVE", "10", "10");
        assertThat(mvc.get().uri("/api/v1/products/{id}", id)).hasStatusOk();

        assertThat(mvc.delete().uri("/api/v1/products/{id}", id).with(admin())).hasStatus(HttpStatus.NO_CONTENT);

        assertThat(mvc.get().uri("/api/v1/products/{id}", id).with(admin())).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(events.awaitMessages(id, 2).get(1)).isInstanceOf(ProductDeleted.class);
    }

    @Test
    void batchKeepsTheRequestOrderAndOmitsUnknownIds() {
        String category = api.createCategory(null);
        String a = api.createProduct(category, "Batch A " + run, "ACTIVE", "10", "10");
        String b = api.createProduct(category, "Batch B " + run, "ACTIVE", "10", "10");
        String unknown = "0AAAAAAAAAAAA";

        JsonNode found = api.read(mvc.get().uri("/api/v1/products?ids={b},{u},{a}", b, unknown, a).exchange());
        assertThat(found.valueStream().map(n -> n.get("id").asString())).containsExactly(b, a);
    }

    @Test
    void findsAProductDespiteATypoAndFiltersBySubtreeAndPrice() {
        String root = api.createCategory(null);
        String child = api.createCategory(root);
        String word = "Zephyrine" + run;
        String id = api.createProduct(child, word + " Espresso Machine", "ACTIVE", "500", "450");
        api.createProduct(child, word + " Milk Frother", "ACTIVE", "50", "40");

        String typo = word.substring(0, 3) + word.substring(4); // one letter missing
        assertThat(ids("/api/v1/products?keyword=" + typo + " espreso")).contains(id);
        assertThat(ids("/api/v1/products?categoryId=" + root)).isEmpty();
        assertThat(ids("/api/v1/products?includeSubcategories=true&minPrice=100&categoryId=" + root)).containsExactly(id);
        assertThat(mvc.get().uri("/api/v1/products?categoryId={c}&includeSubcategories=true", root))
                .hasHeader("X-Total-Count", "2");
    }

    @Test
    void refusesToDeleteACategoryThatStillHoldsProducts() {
        String category = api.createCategory(null);
        api.createProduct(category, "Holder " + run, "ACTIVE", "10", "10");
        assertThat(mvc.delete().uri("/api/v1/categories/{id}", category).with(admin())).hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.delete().uri("/api/v1/categories/{id}", api.createCategory(null)).with(admin()))
                .hasStatus(HttpStatus.NO_CONTENT);
    }

    @Test
    void answersInputPostgresCannotTakeWith400NamingTheField() {
        assertThat(mvc.get().uri("/api/v1/products").param("keyword", "kettle\u0000")).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("keyword");
        assertThat(mvc.post().uri("/api/v1/products/search").contentType(MediaType.APPLICATION_JSON)
                .content("{\"keyword\":\"kettle\\u0000\"}")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("keyword");
        // The driver would send this bound as 0 and list every product instead of none.
        assertThat(mvc.get().uri("/api/v1/products").param("minPrice", "1e999999")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("minPrice");
    }

    private List<String> ids(String uri) {
        return api.read(mvc.get().uri(uri).exchange()).valueStream().map(n -> n.get("id").asString()).toList();
    }
}
