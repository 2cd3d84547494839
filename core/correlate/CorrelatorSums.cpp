#include "core/correlate/CorrelatorSums.h"

namespace tx::core {

ChannelLayout::ChannelLayout(const TypeSet& types) : m_types(types) {
    for (const Channel& c : channels()) {
        m_offset.push_back(m_size);
        m_size += 1 + static_cast<std::size_t>(partCount(c, types));
    }
}

} // namespace tx::core
