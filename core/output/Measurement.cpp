#include "core/output/Measurement.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace tx::core {

namespace {

// Fixed notation for |numbers| from 10^-kSmallest to below 10^kLargest; a shared power of
// ten outside.
constexpr int kSmallest = 4;
constexpr int kLargest = 6;

std::string fixed(double x, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
    std::string s = buf;
    if (s == "-0" || s.find_first_not_of("-0.") == std::string::npos)
        s.erase(0, s[0] == '-' ? 1 : 0); // no "-0.00"
    return s;
}

} // namespace

RoundedMeasurement roundMeasurement(double value, double error) {
    RoundedMeasurement r;
    if (!std::isfinite(value))
        return {"n/a", "", 0};
    if (!std::isfinite(error) || error <= 0) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.4g", value);
        r.value = buf;
        return r;
    }
    // The error's three leading digits decide how many significant digits it keeps.
    int magnitude = int(std::floor(std::log10(error)));
    double leading = std::round(error / std::pow(10.0, magnitude - 2)); // 100..1000
    if (leading >= 1000) {
        ++magnitude;
        leading = 100;
    }
    int digits = leading <= 354 ? 2 : (leading <= 949 ? 1 : 2);
    if (leading > 949) { // 950–999: one digit rounds up to 10, written as two
        ++magnitude;
        digits = 2;
    }
    const int lastPlace = magnitude - digits + 1; // 10^lastPlace is the last digit kept
    const double largest = std::max(std::fabs(value), error);
    const int top = int(std::floor(std::log10(largest)));
    if (top >= kLargest || top < -kSmallest)
        r.exponent = top;
    const double scale = std::pow(10.0, -r.exponent);
    const int decimals = std::max(0, r.exponent - lastPlace);
    const double step = std::pow(10.0, lastPlace);
    r.value = fixed(std::round(value / step) * step * scale, decimals);
    r.error = fixed(std::round(error / step) * step * scale, decimals);
    return r;
}

std::string measurementText(double value, double error) {
    const RoundedMeasurement r = roundMeasurement(value, error);
    if (r.error.empty())
        return r.value;
    if (r.exponent == 0)
        return r.value + " ± " + r.error;
    char exponent[16];
    std::snprintf(exponent, sizeof exponent, "e%+03d", r.exponent);
    return "(" + r.value + " ± " + r.error + ")" + exponent;
}

std::string shortNumber(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3g", v);
    return buf;
}

std::string exactNumber(double v) {
    if (std::isnan(v))
        return "";
    char buf[40];
    const auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
    return std::string(buf, end);
}

} // namespace tx::core
