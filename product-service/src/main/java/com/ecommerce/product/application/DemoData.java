package com.ecommerce.product.application;

import java.util.List;

/** The demo catalog's vocabulary: categories, what they sell, and brands (6 brands x 47 nouns = 282 products). */
final class DemoData {

    record Leaf(String name, String slug, long basePrice, String pitch, List<String> nouns) {
    }

    record Root(String name, String slug, List<Leaf> leaves) {
    }

    static final List<String> BRANDS = List.of("Aurora", "Nordik", "Hanbit", "Vela", "Kestrel", "Mirae");

    static final List<String> VARIANTS = List.of("Classic", "Pro", "Lite", "Max", "Mini", "Plus", "Air", "Studio");

    static final List<Root> ROOTS = List.of(
            new Root("Electronics", "electronics", List.of(
                    new Leaf("Laptops", "laptops", 1_500_000, "a light laptop with a long-lasting battery.",
                            List.of("Laptop", "Gaming Laptop", "Ultrabook", "Convertible Laptop")),
                    new Leaf("Phones", "phones", 900_000, "a fast phone with a bright display and a great camera.",
                            List.of("Phone", "Smartphone", "Foldable Phone", "Phone Case")),
                    new Leaf("Audio", "audio", 250_000, "clear sound, deep bass and all-day comfort.",
                            List.of("Headphones", "Earbuds", "Bluetooth Speaker", "Soundbar")))),
            new Root("Fashion", "fashion", List.of(
                    new Leaf("Outerwear", "outerwear", 180_000, "warm, water-repellent and easy to layer.",
                            List.of("Down Jacket", "Trench Coat", "Rain Jacket", "Fleece")),
                    new Leaf("Shoes", "shoes", 120_000, "cushioned soles for long days on your feet.",
                            List.of("Running Shoes", "Sneakers", "Leather Boots", "Sandals")),
                    new Leaf("Bags", "bags", 90_000, "roomy, durable and made to carry a laptop.",
                            List.of("Backpack", "Tote Bag", "Messenger Bag", "Travel Duffel")))),
            new Root("Living", "living", List.of(
                    new Leaf("Furniture", "furniture", 350_000, "solid build and a timeless design.",
                            List.of("Office Chair", "Dining Table", "Bookshelf", "Desk")),
                    new Leaf("Kitchen", "kitchen", 80_000, "made for everyday cooking.",
                            List.of("Frying Pan", "Chef Knife", "Coffee Grinder", "Kettle")),
                    new Leaf("Lighting", "lighting", 70_000, "warm, dimmable light for every room.",
                            List.of("Desk Lamp", "Floor Lamp", "Table Lamp", "LED Strip")))),
            new Root("Books", "books", List.of(
                    new Leaf("Fiction", "fiction", 16_000, "a page-turner readers could not put down.",
                            List.of("Novel", "Short Stories", "Mystery Novel", "Fantasy Saga")),
                    new Leaf("Programming", "programming", 38_000, "practical lessons from working engineers.",
                            List.of("Java Handbook", "SQL Cookbook", "Distributed Systems Guide", "Kafka Primer")),
                    new Leaf("Cooking", "cooking", 24_000, "recipes that work on a weeknight.",
                            List.of("Cookbook", "Baking Book", "Kimchi Guide")))));

    private DemoData() {
    }
}
