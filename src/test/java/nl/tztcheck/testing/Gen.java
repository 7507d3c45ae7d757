package nl.tztcheck.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A value generator for the seeded fuzz tests: a function of a {@link Random}. Each case of a
 * parameterized test gets its own seed ({@link #cases}), so a failing case is reproduced by its
 * seed alone, and the same build always runs the same cases. The first two cases are edge cases:
 * every size and number held at its lower bound (empty byte arrays and strings, the shortest lists,
 * the smallest numbers, a shuffle in the given order), then at its upper bound (the maximum sizes,
 * the largest numbers, a shuffle reversed). Free cases lean towards the bounds now and then too.
 */
@FunctionalInterface
public interface Gen<T> {

    T next(Random random);

    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return r -> f.apply(next(r));
    }

    /** Values that pass {@code test}; the generator must give such values often. */
    default Gen<T> filter(java.util.function.Predicate<? super T> test) {
        return r -> {
            for (int i = 0; i < 10_000; i++) {
                T value = next(r);
                if (test.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("the filter let no value through in 10,000 tries");
        };
    }

    /** A list of {@code min} to {@code max} values. */
    default Gen<List<T>> list(int min, int max) {
        return r -> {
            int n = size(r, min, max);
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(next(r));
            }
            return out;
        };
    }

    /**
     * Where a case holds its sizes and numbers: drawn freely from the seed, or all at one bound.
     */
    enum Bound {
        FREE(""),
        LOWER(", every size and number at its lower bound"),
        UPPER(", every size and number at its upper bound");

        private final String label;

        Bound(String label) {
            this.label = label;
        }
    }

    /**
     * One case of a fuzz test: {@code random()} gives the same values every time, so a failing case
     * is reproduced on its own with {@code new Gen.Case(seed, bound)} as its display name says.
     */
    record Case(long seed, Bound bound) {

        public Random random() {
            return bound == Bound.FREE ? new Random(seed) : new Bounded(seed, bound == Bound.UPPER);
        }

        @Override
        public String toString() {
            return "seed " + seed + bound.label;
        }
    }

    /**
     * A {@link Random} under which every size and number a {@code Gen} draws is at its lower or
     * upper bound.
     */
    final class Bounded extends Random {

        private static final long serialVersionUID = 1L;

        final boolean upper;

        Bounded(long seed, boolean upper) {
            super(seed);
            this.upper = upper;
        }
    }

    /**
     * The {@code cases} cases of a fuzz test, seeded 42 * 1,000,003 + their index: first the lower
     * and the upper edge case, then free cases.
     */
    static Stream<Case> cases(int cases) {
        return LongStream.range(0, cases)
                .mapToObj(
                        i ->
                                new Case(
                                        42L * 1_000_003L + i,
                                        i == 0 ? Bound.LOWER : i == 1 ? Bound.UPPER : Bound.FREE));
    }

    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        List<T> all = List.of(values);
        return r -> all.get(r.nextInt(all.size()));
    }

    static <T> Gen<T> of(List<T> values) {
        List<T> all = List.copyOf(values);
        return r -> all.get(r.nextInt(all.size()));
    }

    static <E extends Enum<E>> Gen<E> of(Class<E> type) {
        return of(type.getEnumConstants());
    }

    static Gen<Integer> integers(int min, int max) {
        return r -> {
            if (r instanceof Bounded b) {
                return b.upper ? max : min;
            }
            int pick = r.nextInt(20);
            if (pick == 0) {
                return min;
            }
            if (pick == 1) {
                return max;
            }
            return min + (int) (r.nextDouble() * ((long) max - min + 1));
        };
    }

    static Gen<Boolean> booleans() {
        return Random::nextBoolean;
    }

    static Gen<byte[]> bytes(int min, int max) {
        return r -> {
            byte[] b = new byte[size(r, min, max)];
            r.nextBytes(b);
            return b;
        };
    }

    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        List<Gen<? extends T>> all = List.of(gens);
        return r -> all.get(r.nextInt(all.size())).next(r);
    }

    record Weighted<T>(int weight, Gen<? extends T> gen) {}

    static <T> Weighted<T> weight(int weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }

    @SafeVarargs
    static <T> Gen<T> frequencyOf(Weighted<? extends T>... choices) {
        int total = Arrays.stream(choices).mapToInt(Weighted::weight).sum();
        return r -> {
            int pick = r.nextInt(total);
            for (Weighted<? extends T> w : choices) {
                pick -= w.weight();
                if (pick < 0) {
                    return w.gen().next(r);
                }
            }
            throw new IllegalStateException();
        };
    }

    /** One value of each generator, in order. */
    static <T> Gen<List<T>> combine(List<Gen<T>> gens) {
        List<Gen<T>> all = List.copyOf(gens);
        return r -> {
            List<T> out = new ArrayList<>(all.size());
            for (Gen<T> g : all) {
                out.add(g.next(r));
            }
            return out;
        };
    }

    static <A, B, R> Gen<R> combine(Gen<A> a, Gen<B> b, BiFunction<A, B, R> f) {
        return r -> {
            A x = a.next(r);
            return f.apply(x, b.next(r));
        };
    }

    interface F3<A, B, C, R> {
        R apply(A a, B b, C c);
    }

    static <A, B, C, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, F3<A, B, C, R> f) {
        return r -> {
            A x = a.next(r);
            B y = b.next(r);
            return f.apply(x, y, c.next(r));
        };
    }

    interface F4<A, B, C, D, R> {
        R apply(A a, B b, C c, D d);
    }

    static <A, B, C, D, R> Gen<R> combine(
            Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, F4<A, B, C, D, R> f) {
        return r -> {
            A w = a.next(r);
            B x = b.next(r);
            C y = c.next(r);
            return f.apply(w, x, y, d.next(r));
        };
    }

    /**
     * A permutation of the values (at the lower bound the values as given, at the upper bound
     * reversed).
     */
    @SafeVarargs
    static <T> Gen<List<T>> shuffle(T... values) {
        return r -> {
            List<T> out = new ArrayList<>(List.of(values));
            if (r instanceof Bounded b) {
                if (b.upper) {
                    Collections.reverse(out);
                }
                return out;
            }
            Collections.shuffle(out, r);
            return out;
        };
    }

    /** Strings of {@code min} to {@code max} characters drawn from {@code chars}. */
    static Gen<String> strings(Gen<Character> chars, int min, int max) {
        return r -> {
            int n = size(r, min, max);
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append(chars.next(r).charValue());
            }
            return sb.toString();
        };
    }

    static Gen<Character> charsOf(String chars) {
        return r -> chars.charAt(r.nextInt(chars.length()));
    }

    static Gen<Character> charRange(char from, char to) {
        return r -> (char) (from + r.nextInt(to - from + 1));
    }

    static Gen<Character> alphaNumeric() {
        return charsOf("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    }

    static Gen<Character> digits() {
        return charRange('0', '9');
    }

    /**
     * Any UTF-16 code unit, weighted to what breaks parsers: controls (NUL, CR, LF, TAB), ASCII,
     * Latin-1, anywhere in the BMP, and now and then half of a surrogate pair.
     */
    static Gen<Character> anyChar() {
        return frequencyOf(
                weight(2, charRange('\u0000', '\u001f')),
                weight(6, charRange(' ', '~')),
                weight(2, charRange('\u0080', '\u00ff')),
                weight(3, charRange('\u0100', '\ufffd')),
                weight(1, charRange('\ud800', '\udfff')));
    }

    private static int size(Random r, int min, int max) {
        if (r instanceof Bounded b) {
            return b.upper ? max : min;
        }
        int pick = r.nextInt(20);
        if (pick == 0) {
            return min;
        }
        if (pick == 1) {
            return max;
        }
        return min + r.nextInt(max - min + 1);
    }
}
