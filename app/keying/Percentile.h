// The p-quantile (0..1) of a set of values, the robust statistic auto-key and subject
// protection build on: nearest rank, by partial sort of a copy. 0 for no values.
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace greenroom {

inline float percentile(std::vector<float> values, double p)
{
    if (values.empty())
        return 0.0f;
    const auto k = std::size_t(std::clamp(p, 0.0, 1.0) * double(values.size() - 1));
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(k), values.end());
    return values[k];
}

} // namespace greenroom
