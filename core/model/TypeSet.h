#pragma once
// The species of an ensemble (LAMMPS types) and the unordered type pairs built from them;
// gives the 0-based indices the correlators resolve by.
#include <algorithm>
#include <span>
#include <string>
#include <vector>

namespace tx::core {

class TypeSet {
public:
    TypeSet() = default;
    // Distinct types found in a frame, in ascending order.
    static TypeSet fromTypes(std::span<const int> atomTypes);

    int count() const { return static_cast<int>(m_types.size()); }
    int pairCount() const { return count() * (count() + 1) / 2; }
    // -1 when the type is not part of the set.
    int indexOf(int type) const;
    // Row-major upper triangle: (0,0) (0,1) ... (0,n-1) (1,1) ... Inline: it is asked once
    // per neighbour pair at every origin (sortPairsByTypePair).
    int pairIndex(int indexA, int indexB) const {
        const int a = std::min(indexA, indexB), b = std::max(indexA, indexB);
        return a * count() - a * (a - 1) / 2 + (b - a);
    }
    int type(int index) const { return m_types[static_cast<std::size_t>(index)]; }
    std::string label(int index) const { return std::to_string(type(index)); }
    std::string pairLabel(int pair) const;
    const std::vector<int>& types() const { return m_types; }
    friend bool operator==(const TypeSet&, const TypeSet&) = default;

private:
    std::vector<int> m_types;
};

} // namespace tx::core
