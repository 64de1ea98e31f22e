package com.ecommerce.product.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.product.domain.Category;
import com.ecommerce.product.domain.CategoryRepository;
import com.ecommerce.product.domain.Price;
import com.ecommerce.product.domain.ProductImage;
import com.ecommerce.product.domain.ProductStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data for a local shop: the seed's four top-level categories with sub-categories and a few
 * hundred ACTIVE products. Registered like any admin's products, so ProductCreated events reach
 * inventory and cart. Idempotent: once the demo root category exists nothing is loaded again.
 */
@Service
public class DemoCatalog {

    private static final String MARKER_SLUG = "electronics";

    private final CategoryRepository categories;
    private final ProductManagement products;
    private final IdGenerator ids;

    DemoCatalog(CategoryRepository categories, ProductManagement products, IdGenerator ids) {
        this.categories = categories;
        this.products = products;
        this.ids = ids;
    }

    /** Loads the demo catalog unless it is there; answers how many products were added. */
    @Transactional
    public int load() {
        if (categories.findLiveBySlug(MARKER_SLUG).isPresent()) {
            return 0;
        }
        Random random = new Random(42); // fixed: every machine gets the same demo catalog
        List<RegisterProduct> commands = new ArrayList<>();
        int rootOrder = 1;
        for (DemoData.Root root : DemoData.ROOTS) {
            Category parent = categories.save(Category.create(ids.nextId(), root.name(), root.slug(), null, rootOrder++));
            int leafOrder = 1;
            for (DemoData.Leaf leaf : root.leaves()) {
                Category category = categories.save(Category.create(ids.nextId(), leaf.name(),
                        leaf.slug(), parent, leafOrder++));
                commands.addAll(productsOf(leaf, category.id(), random));
            }
        }
        categories.flush();
        return products.register(commands).size();
    }

    private static List<RegisterProduct> productsOf(DemoData.Leaf leaf, long categoryId, Random random) {
        List<RegisterProduct> result = new ArrayList<>();
        for (String brand : DemoData.BRANDS) {
            for (String noun : leaf.nouns()) {
                String variant = DemoData.VARIANTS.get(random.nextInt(DemoData.VARIANTS.size()));
                String name = brand + " " + variant + " " + noun;
                BigDecimal original = BigDecimal.valueOf(leaf.basePrice() * (0.5 + random.nextDouble() * 1.5))
                        .setScale(-2, RoundingMode.HALF_UP).setScale(2);
                int discountPercent = random.nextInt(4) * 10; // 0, 10, 20 or 30 % off
                BigDecimal sale = original.multiply(BigDecimal.valueOf(100 - discountPercent))
                        .divide(BigDecimal.valueOf(100), -2, RoundingMode.HALF_UP).setScale(2);
                String slug = (brand + "-" + variant + "-" + noun).toLowerCase().replace(' ', '-');
                result.add(new RegisterProduct(name, describe(name, leaf), categoryId, new Price(original, sale),
                        ProductStatus.ACTIVE, List.of(new ProductImage(
                                "https://images.example.com/products/" + slug + ".jpg", 0, true))));
            }
        }
        return result;
    }

    private static String describe(String name, DemoData.Leaf leaf) {
        return name + ": " + leaf.pitch();
    }
}
