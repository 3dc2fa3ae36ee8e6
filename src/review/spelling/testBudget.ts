/**
 * Dictionary tests one review (one analyzeArticle call, one check-words request) may make. A
 * 300-word article from the corpus needs at most ~330,000 with a cold cache (median ~38,000);
 * a made-up 20-letter word costs ~100,000 on its own, so without a bound 3,000 of them held the
 * server's event loop for 160 s. At this bound a review spends at most ~0.7 s on the dictionary.
 */
export const SPELL_TESTS_PER_REVIEW = 2_000_000
