package com.ecommerce.product.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.product.domain.Category;
import com.ecommerce.product.domain.CategoryRepository;
import com.ecommerce.product.domain.Price;
import com.ecommerce.product.domain.ProductImage;
import com.ecommerce.product.domain.ProductRepository;
import com.ecommerce.product.domain.ProductStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data for a local shop: the seed's four top-level categories with sub-categories and a few
 * hundred ACTIVE products. Registered like any admin's products, so ProductCreated events reach
 * inventory and cart. Idempotent item by item: a category is matched by its slug and a product by
 * its name among live rows; what exists is kept as it is (an admin may have moved or repriced it),
 * only what is missing is added. So a deleted or renamed demo category never makes a reload
 * collide with the demo items that are still there.
 */
@Service
public class DemoCatalog {

    private final CategoryRepository categories;
    private final ProductRepository existingProducts;
    private final ProductManagement products;
    private final IdGenerator ids;

    DemoCatalog(CategoryRepository categories, ProductRepository existingProducts, ProductManagement products,
            IdGenerator ids) {
        this.categories = categories;
        this.existingProducts = existingProducts;
        this.products = products;
        this.ids = ids;
    }

    /** Adds the demo categories and products that are missing; answers how many products were added. */
    @Transactional
    public int load() {
        Random random = new Random(42); // fixed: every machine gets the same demo catalog
        List<RegisterProduct> demo = new ArrayList<>();
        int rootOrder = 1;
        for (DemoData.Root root : DemoData.ROOTS) {
            Category parent = liveOrNew(root.name(), root.slug(), null, rootOrder++);
            int leafOrder = 1;
            for (DemoData.Leaf leaf : root.leaves()) {
                Category category = liveOrNew(leaf.name(), leaf.slug(), parent, leafOrder++);
                demo.addAll(productsOf(leaf, category.id(), random));
            }
        }
        categories.flush();
        List<RegisterProduct> missing = missing(demo);
        return missing.isEmpty() ? 0 : products.register(missing).size();
    }

    private List<RegisterProduct> missing(List<RegisterProduct> demo) {
        List<String> names = demo.stream().map(RegisterProduct::name).toList();
        Set<String> present = new HashSet<>(existingProducts.findLiveNames(names));
        return demo.stream().filter(product -> !present.contains(product.name())).toList();
    }

    /** The live category with this slug wherever it hangs now, or a new one where the demo puts it. */
    private Category liveOrNew(String name, String slug, Category parent, int displayOrder) {
        return categories.findLiveBySlug(slug).orElseGet(() ->
                categories.save(Category.create(ids.nextId(), name, slug, parent, displayOrder)));
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
