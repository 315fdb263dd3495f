#!/usr/bin/env python3
"""Orthodox Easter Sunday (Gregorian date) for 1900-2099 from python-dateutil
(easter(year, EASTER_ORTHODOX), "valid in years 1583 to 4099"), one ISO date a line.

Regenerate: python3 forms/legal/testdata/orthodox_easter_dateutil.py > forms/legal/testdata/orthodox_easter_dateutil.txt
"""
from dateutil.easter import easter, EASTER_ORTHODOX

for y in range(1900, 2100):
    print(easter(y, EASTER_ORTHODOX).isoformat())
