#pragma once
// One nearest-neighbour pair: atom indices i < j (NeighbourPairs.h finds them).
#include <cstdint>

namespace tx::core {

struct NeighbourPair {
    std::uint32_t i;
    std::uint32_t j;
    friend bool operator==(const NeighbourPair&, const NeighbourPair&) = default;
};

} // namespace tx::core
