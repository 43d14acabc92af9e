// Sorting short lists in place: a few dozen bytes of wasm, where every
// std::sort or std::stable_sort instantiation costs a kilobyte or more. Stable,
// and quadratic: only for lists with a small bound or almost in order.
#pragma once

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

namespace slacalc {

template <class T, class Less>
void insertion_sort(std::vector<T>& list, Less less) {
  for (std::size_t i = 1; i < list.size(); ++i)
    for (std::size_t j = i; j > 0 && less(list[j], list[j - 1]); --j) std::swap(list[j], list[j - 1]);
}

// Sorting lists of any length in place, O(n log n) at worst, where speed
// does not matter: a heap sort is a fraction of std::sort's wasm, but some
// three times slower on a shuffled million (measured on outages, which keep
// std::sort). Not stable: for keys that are unique.
template <class T, class Less>
void heap_sort(std::vector<T>& list, Less less) {
  std::make_heap(list.begin(), list.end(), less);
  std::sort_heap(list.begin(), list.end(), less);
}

}  // namespace slacalc
