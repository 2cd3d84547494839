#pragma once
// Items grouped by a small integer key (atoms by species or by cell, pairs by type pair or by
// first atom): a stable counting sort, O(items + keys). Used wherever the kernels lay data
// out group by group.
#include <cstddef>
#include <vector>

namespace tx::core {

struct KeyGroups {
    // Key k's items are order[start[k]] .. order[start[k + 1] - 1], in their original order.
    std::vector<std::size_t> start; // keys + 1 entries
    std::vector<std::size_t> order; // item indices, key by key
};

// key(item) must lie in [0, keys); it is called twice per item.
template <class Key> KeyGroups groupByKey(std::size_t items, std::size_t keys, Key&& key) {
    KeyGroups g;
    g.start.assign(keys + 1, 0);
    for (std::size_t k = 0; k < items; ++k)
        ++g.start[std::size_t(key(k)) + 1];
    for (std::size_t k = 1; k <= keys; ++k)
        g.start[k] += g.start[k - 1];
    std::vector<std::size_t> next(g.start.begin(), g.start.end() - 1);
    g.order.resize(items);
    for (std::size_t k = 0; k < items; ++k)
        g.order[next[std::size_t(key(k))]++] = k;
    return g;
}

} // namespace tx::core
