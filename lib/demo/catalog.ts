import { Rng } from './random';

// The demo store's catalogue. It is built from a fixed seed, not the user's, so product ids
// and prices are the same in every demo workspace and can be quoted in docs and tests.
export interface Category {
  name: string;
  minPrice: number;
  maxPrice: number;
  /** Interests (see people.ts) that make a customer browse this category. */
  interests: readonly string[];
}

export const CATEGORIES: readonly Category[] = [
  { name: 'electronics', minPrice: 19, maxPrice: 1299, interests: ['electronics', 'gaming', 'photography', 'music'] },
  { name: 'fashion', minPrice: 12, maxPrice: 240, interests: ['fashion'] },
  { name: 'home', minPrice: 8, maxPrice: 650, interests: ['home', 'cooking', 'gardening'] },
  { name: 'beauty', minPrice: 6, maxPrice: 120, interests: ['beauty'] },
  { name: 'sports', minPrice: 10, maxPrice: 420, interests: ['sports', 'fitness', 'outdoors'] },
  { name: 'books', minPrice: 7, maxPrice: 45, interests: ['books', 'travel', 'cooking'] },
  { name: 'toys', minPrice: 8, maxPrice: 150, interests: ['kids', 'gaming'] },
  { name: 'pet supplies', minPrice: 4, maxPrice: 90, interests: ['pets'] },
];

export interface Product {
  productId: string;
  category: string;
  price: number;
}

const PRODUCTS_PER_CATEGORY = 25;

function buildCatalog(): Product[][] {
  const rng = new Rng(0x5eed, 0xca7a, 0x1065, 1);
  return CATEGORIES.map((category, c) =>
    Array.from({ length: PRODUCTS_PER_CATEGORY }, (_, i) => {
      // Log-uniform prices: many cheap items, a few expensive ones, ending in .99 or .49.
      const raw = category.minPrice * Math.pow(category.maxPrice / category.minPrice, rng.next());
      const price = Math.max(1, Math.floor(raw)) + (rng.chance(0.7) ? 0.99 : 0.49);
      return { productId: `sku-${(c + 1) * 1000 + i + 1}`, category: category.name, price };
    }),
  );
}

/** Products by category index, in the order of CATEGORIES. */
export const PRODUCTS: readonly (readonly Product[])[] = buildCatalog();

/** Category indexes a customer with these interests prefers (may be empty). */
export function preferredCategories(interests: readonly string[]): number[] {
  const preferred: number[] = [];
  CATEGORIES.forEach((category, i) => {
    if (category.interests.some((x) => interests.includes(x))) preferred.push(i);
  });
  return preferred;
}

export const PAGES = ['/', '/sale', '/new-arrivals', '/bestsellers', '/search', '/account', '/blog', '/help'] as const;

export const EMAIL_CAMPAIGNS = [
  'weekly-digest', 'new-arrivals', 'flash-sale', 'cart-reminder', 'loyalty-rewards', 'back-in-stock',
] as const;
