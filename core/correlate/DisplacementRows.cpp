#include "core/correlate/DisplacementRows.h"

#include <algorithm>

namespace tx::core {

void DisplacementRows::resize(std::size_t atoms) {
    if (atoms > m_capacity) {
        const std::size_t values = 4 * atoms;
        m_data.reset(
            static_cast<double*>(::operator new[](values * sizeof(double), std::align_val_t{64})));
        std::fill(m_data.get(), m_data.get() + values, 0.0);
        m_capacity = atoms;
    }
}

} // namespace tx::core
