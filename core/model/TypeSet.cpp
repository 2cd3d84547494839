#include "core/model/TypeSet.h"

#include <algorithm>
#include <set>

namespace tx::core {

TypeSet TypeSet::fromTypes(std::span<const int> atomTypes) {
    const std::set<int> distinct(atomTypes.begin(), atomTypes.end());
    TypeSet set;
    set.m_types.assign(distinct.begin(), distinct.end());
    return set;
}

int TypeSet::indexOf(int t) const {
    const auto it = std::lower_bound(m_types.begin(), m_types.end(), t);
    return (it != m_types.end() && *it == t) ? static_cast<int>(it - m_types.begin()) : -1;
}

std::string TypeSet::pairLabel(int pair) const {
    for (int a = 0; a < count(); ++a)
        for (int b = a; b < count(); ++b)
            if (pairIndex(a, b) == pair)
                return label(a) + "-" + label(b);
    return "?";
}

} // namespace tx::core
