#pragma once
// Numbers read from JSON and CBOR that people or damaged files wrote: manifests, sessions,
// parameters, the results cache. nlohmann converts a float such as 1e24 to an integer with a
// plain cast, which is undefined behaviour (found by fuzz_session and fuzz_manifest), so every
// whole number goes through wholeNumber: a JSON integer that fits T, or a type_error naming its
// key, which the callers' handlers already turn into a message naming the file.

#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <type_traits>
#include <vector>

namespace tx::core {

template <class T> T wholeNumber(const nlohmann::json& v, const std::string& key) {
    static_assert(std::is_integral_v<T> && !std::is_same_v<T, bool>);
    using Limits = std::numeric_limits<T>;
    bool fits = false;
    if (v.is_number_unsigned())
        fits = v.get<std::uint64_t>() <= std::uint64_t(Limits::max());
    else if (v.is_number_integer()) {
        const std::int64_t x = v.get<std::int64_t>();
        fits = x < 0 ? Limits::is_signed && x >= std::int64_t(Limits::min())
                     : std::uint64_t(x) <= std::uint64_t(Limits::max());
    }
    if (!fits)
        throw nlohmann::json::type_error::create(302,
                                                 key + ": must be a whole number from " +
                                                     std::to_string(Limits::min()) + " to " +
                                                     std::to_string(Limits::max()),
                                                 &v);
    return v.get<T>();
}

// A JSON array of whole numbers, each checked as above.
template <class T> std::vector<T> wholeNumbers(const nlohmann::json& v, const std::string& key) {
    if (!v.is_array())
        throw nlohmann::json::type_error::create(302, key + ": must be a list of whole numbers",
                                                 &v);
    std::vector<T> out;
    out.reserve(v.size());
    for (const auto& x : v)
        out.push_back(wholeNumber<T>(x, key));
    return out;
}

} // namespace tx::core
