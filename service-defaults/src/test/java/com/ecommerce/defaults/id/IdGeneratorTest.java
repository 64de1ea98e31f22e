package com.ecommerce.defaults.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class IdGeneratorTest {

    private final IdGenerator ids = new IdGenerator(7);

    @Test
    void generatesUniqueIncreasingIds() {
        List<Long> generated = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            generated.add(ids.nextId());
        }
        assertThat(new HashSet<>(generated)).hasSize(generated.size());
        assertThat(generated).isSorted();
    }

    @Test
    void stringFormIsThirteenCharactersAndDecodesBack() {
        long id = ids.nextId();
        String encoded = IdGenerator.encode(id);

        assertThat(encoded).hasSize(13);
        assertThat(IdGenerator.decode(encoded)).isEqualTo(id);
    }

    @Test
    void rejectsStringsThatAreNotIds() {
        assertThatIllegalArgumentException().isThrownBy(() -> IdGenerator.decode("not-an-id"));
        assertThatIllegalArgumentException().isThrownBy(() -> IdGenerator.decode(null));
    }
}
