// orderDay: the day key of a temporal value.
#include "core/model/order_day.h"

namespace yeonpyo {

std::string orderDay(std::string_view start) {
    const bool namesDay = start.size() >= 10 && start[4] == '-' && start[7] == '-' &&
                          start[8] != 'X' && start[9] != 'X';
    return std::string(namesDay ? start.substr(0, 10) : kNoDay);
}

}  // namespace yeonpyo
