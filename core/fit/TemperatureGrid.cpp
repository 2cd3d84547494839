#include "core/fit/TemperatureGrid.h"

#include "core/fit/QualityFlags.h"
#include "core/model/Sentences.h"
#include "core/output/Measurement.h"

#include <algorithm>
#include <cmath>

namespace tx::core {

TemperatureGrid::TemperatureGrid(std::vector<double> temperatures)
    : m_t(std::move(temperatures)), m_medianSpacing(std::nan("")) {
    std::sort(m_t.begin(), m_t.end());
    std::vector<double> spacing;
    for (std::size_t k = 1; k < m_t.size(); ++k)
        spacing.push_back(m_t[k] - m_t[k - 1]);
    std::sort(spacing.begin(), spacing.end());
    const std::size_t n = spacing.size();
    if (n > 0)
        m_medianSpacing = n % 2 ? spacing[n / 2] : 0.5 * (spacing[n / 2 - 1] + spacing[n / 2]);
}

bool TemperatureGrid::isGap(double low, double high) const {
    return high - low > kGapFactor * m_medianSpacing;
}

std::optional<std::pair<double, double>> TemperatureGrid::bracket(double x) const {
    for (std::size_t k = 1; k < m_t.size(); ++k)
        if (x > m_t[k - 1] && x < m_t[k])
            return std::pair{m_t[k - 1], m_t[k]};
    return std::nullopt;
}

double TemperatureGrid::localSpacing(double x) const {
    if (m_t.size() < 2)
        return std::nan("");
    const auto upper = std::lower_bound(m_t.begin(), m_t.end(), x);
    const std::size_t k = static_cast<std::size_t>(upper - m_t.begin());
    if (k == 0)
        return m_t[1] - m_t[0];
    if (k >= m_t.size())
        return m_t.back() - m_t[m_t.size() - 2];
    if (m_t[k] == x && k + 1 < m_t.size())
        return 0.5 * (m_t[k + 1] - m_t[k - 1]);
    return m_t[k] - m_t[k - 1];
}

bool TemperatureGrid::contains(double x) const {
    return std::any_of(m_t.begin(), m_t.end(),
                       [&](double t) { return std::abs(t - x) < 1e-9 * std::max(1.0, t); });
}

std::string TemperatureGrid::gapText(double low, double high) const {
    return say(sentence::kGap,
               {shortNumber(low), shortNumber(high), shortNumber(high - low),
                shortNumber((high - low) / m_medianSpacing), shortNumber(m_medianSpacing)});
}

} // namespace tx::core
