package com.ecommerce.product.web;

import java.util.List;
import java.util.Optional;

import com.ecommerce.defaults.security.CurrentUser;
import com.ecommerce.product.application.CatalogBrowsing;
import com.ecommerce.product.application.ProductListing;
import com.ecommerce.product.application.Visibility;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public catalog reads. Listings are JSON arrays (the seed's clients expect one) with the total
 * in {@code X-Total-Count}; an admin's token shows every status, anyone else sees ACTIVE only.
 */
@RestController
@RequestMapping("/api/v1/products")
class ProductController {

    static final String TOTAL_COUNT = "X-Total-Count";

    private final CatalogBrowsing browsing;

    ProductController(CatalogBrowsing browsing) {
        this.browsing = browsing;
    }

    /** A listing, or, with {@code ids}, the batch lookup the seed README advertises on this path. */
    @GetMapping
    ResponseEntity<List<ProductResponse>> list(SearchRequest criteria,
            @RequestParam(required = false) List<String> ids, Optional<CurrentUser> caller) {
        if (ids != null) {
            return batch(ids, caller);
        }
        return listing(criteria, caller);
    }

    @GetMapping("/batch")
    ResponseEntity<List<ProductResponse>> batch(@RequestParam List<String> ids, Optional<CurrentUser> caller) {
        List<Long> parsed = Ids.productList(ids);
        if (parsed.isEmpty() || parsed.size() > CatalogBrowsing.MAX_BATCH) {
            throw new InvalidRequest("ids", "between 1 and " + CatalogBrowsing.MAX_BATCH + " ids are required");
        }
        return ResponseEntity.ok(ProductResponse.of(browsing.products(parsed, visibility(caller))));
    }

    @PostMapping("/search")
    ResponseEntity<List<ProductResponse>> search(@RequestBody SearchRequest criteria, Optional<CurrentUser> caller) {
        return listing(criteria, caller);
    }

    @GetMapping("/{id}")
    ProductResponse product(@PathVariable String id, Optional<CurrentUser> caller) {
        return ProductResponse.of(browsing.product(Ids.productPath(id), visibility(caller)));
    }

    private ResponseEntity<List<ProductResponse>> listing(SearchRequest criteria, Optional<CurrentUser> caller) {
        ProductListing page = browsing.search(criteria.toSearch(), visibility(caller));
        return ResponseEntity.ok().header(TOTAL_COUNT, Long.toString(page.total()))
                .body(ProductResponse.of(page.products()));
    }

    static Visibility visibility(Optional<CurrentUser> caller) {
        return Visibility.forAdmin(caller.map(CurrentUser::isAdmin).orElse(false));
    }
}
