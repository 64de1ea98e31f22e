package com.ecommerce.product.web;

import java.util.List;
import java.util.Optional;

import com.ecommerce.defaults.security.AdminOnly;
import com.ecommerce.defaults.security.CurrentUser;
import com.ecommerce.product.application.CategoryManagement;
import com.ecommerce.product.application.CategoryNode;
import com.ecommerce.product.application.CategoryStatistics;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The category tree (public) and its admin changes. */
@RestController
@RequestMapping("/api/v1/categories")
class CategoryController {

    private final CategoryManagement categories;

    CategoryController(CategoryManagement categories) {
        this.categories = categories;
    }

    @GetMapping
    List<CategoryNode> tree() {
        return categories.tree();
    }

    /** Products per category and their mean sale price, counting what the caller may see. */
    @GetMapping("/stats")
    List<CategoryStatistics> stats(Optional<CurrentUser> caller) {
        return categories.statistics(ProductController.visibility(caller));
    }

    @GetMapping("/{id}")
    CategoryNode category(@PathVariable String id) {
        return categories.category(Ids.categoryPath(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AdminOnly
    CategoryNode create(@RequestBody @Valid CategoryRequest request) {
        return categories.create(request.toDraft());
    }

    @PutMapping("/{id}")
    @AdminOnly
    CategoryNode update(@PathVariable String id, @RequestBody @Valid CategoryRequest request) {
        return categories.update(Ids.categoryPath(id), request.toDraft());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @AdminOnly
    void delete(@PathVariable String id) {
        categories.delete(Ids.categoryPath(id));
    }
}
