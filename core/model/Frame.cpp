#include "core/model/Frame.h"

#include "core/io/InputError.h"
#include "core/model/Sentences.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

namespace tx::core {

void growAtomsFor(Frame& frame, std::size_t a, std::size_t count) {
    if (a < frame.ids.size())
        return;
    const std::size_t size = std::min(count, std::max<std::size_t>(1024, 2 * a));
    frame.ids.resize(size);
    frame.types.resize(size, 1);
    frame.positions.resize(size);
}

namespace {

[[noreturn]] void repeatedId(const Frame& frame, std::int64_t id, const std::string& file) {
    throw InputError(file, frame.firstLine,
                     say(sentence::kIdTwice, {std::to_string(id), std::to_string(frame.timestep)}));
}

// Atom k takes the place of atom order[k]. In parallel blocks: it is a gather with no
// dependence between atoms, and on its own thread it was a tenth of reading a shuffled dump.
void permute(Frame& frame, const std::vector<std::size_t>& order) {
    auto apply = [&](auto& v) {
        const auto copy = v;
        tbb::parallel_for(tbb::blocked_range<std::size_t>(0, order.size(), 8192),
                          [&](const tbb::blocked_range<std::size_t>& range) {
                              for (std::size_t k = range.begin(); k < range.end(); ++k)
                                  v[k] = copy[order[k]];
                          });
    };
    apply(frame.ids);
    apply(frame.types);
    apply(frame.positions);
}

// LAMMPS ids are nearly always min..min+N-1 in some order: then every atom's place is its id
// minus the smallest, found in one pass, and a repeated id finds its place taken. False when
// the ids are not dense.
bool placeDenseIds(Frame& frame, const std::string& file) {
    const std::size_t n = frame.ids.size();
    const auto [lo, hi] = std::minmax_element(frame.ids.begin(), frame.ids.end());
    if (n == 0 || static_cast<std::uint64_t>(*hi - *lo) != n - 1)
        return false;
    constexpr std::size_t kEmpty = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> order(n, kEmpty);
    const std::int64_t first = *lo;
    for (std::size_t k = 0; k < n; ++k) {
        std::size_t& place = order[static_cast<std::size_t>(frame.ids[k] - first)];
        if (place != kEmpty)
            repeatedId(frame, frame.ids[k], file);
        place = k;
    }
    permute(frame, order);
    return true;
}

} // namespace

void sortAtomsById(Frame& frame, const std::string& file) {
    if (!std::is_sorted(frame.ids.begin(), frame.ids.end()) && !placeDenseIds(frame, file)) {
        std::vector<std::size_t> order(frame.ids.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return frame.ids[a] < frame.ids[b]; });
        permute(frame, order);
    }
    const auto dup = std::adjacent_find(frame.ids.begin(), frame.ids.end());
    if (dup != frame.ids.end())
        repeatedId(frame, *dup, file);
}

} // namespace tx::core
