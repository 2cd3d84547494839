#include "core/correlate/CorrelatorSums.h"

namespace tx::core {

ChannelLayout::ChannelLayout(const TypeSet& types) : m_types(types) {
    const std::size_t perAtom = 1 + static_cast<std::size_t>(types.count());
    const std::size_t perPair = 1 + static_cast<std::size_t>(types.pairCount());
    m_fs = 0;
    m_msd = m_fs + perAtom;
    m_r4 = m_msd + perAtom;
    m_plus = m_r4 + perAtom;
    m_minus = m_plus + perPair;
    m_size = m_minus + perPair;
}

} // namespace tx::core
