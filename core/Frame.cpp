#include "core/Frame.h"

#include "core/InputError.h"

#include <algorithm>
#include <numeric>

namespace tx::core {

void growAtomsFor(Frame& frame, std::size_t a, std::size_t count) {
    if (a < frame.ids.size())
        return;
    const std::size_t size = std::min(count, std::max<std::size_t>(1024, 2 * a));
    frame.ids.resize(size);
    frame.types.resize(size, 1);
    frame.positions.resize(size);
}

void sortAtomsById(Frame& frame, const std::string& file) {
    const std::size_t n = frame.ids.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    if (!std::is_sorted(frame.ids.begin(), frame.ids.end())) {
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return frame.ids[a] < frame.ids[b]; });
        auto permute = [&](auto& v) {
            auto copy = v;
            for (std::size_t k = 0; k < n; ++k)
                v[k] = copy[order[k]];
        };
        permute(frame.ids);
        permute(frame.types);
        permute(frame.positions);
    }
    const auto dup = std::adjacent_find(frame.ids.begin(), frame.ids.end());
    if (dup != frame.ids.end())
        throw InputError(file, frame.firstLine,
                         "atom id " + std::to_string(*dup) +
                             " appears twice in the frame at timestep " +
                             std::to_string(frame.timestep));
}

} // namespace tx::core
