#include "core/correlate/CorrelatorSums.h"

namespace tx::core {

ChannelLayout::ChannelLayout(const TypeSet& types, std::size_t extraWavenumbers)
    : m_types(types), m_offset(1 + extraWavenumbers) {
    for (std::size_t w = 0; w <= extraWavenumbers; ++w)
        for (const Channel& c : channels()) {
            // Non-scattering channels do not depend on q: at an extra q they point to their
            // one entry.
            if (w > 0 && !isScattering(c)) {
                m_offset[w].push_back(m_offset[0][indexOf(c.id)]);
                continue;
            }
            m_offset[w].push_back(m_size);
            m_size += 1 + static_cast<std::size_t>(partCount(c, types));
        }
}

} // namespace tx::core
