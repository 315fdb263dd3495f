#!/usr/bin/env python3
"""Independent check of the Serbian calendar: print the Serbia holidays of Debian's
python3-holidays package (0.10.1-3, module holidays/countries/serbia.py) for 1995-2099,
one "YYYY-MM-DD<TAB>name" line per holiday, sorted.

Regenerate python_holidays_serbia.txt (from the repository root):

    cd /tmp && apt-get download python3-holidays && dpkg -x python3-holidays_*_all.deb ph
    python3 forms/legal/testdata/python_holidays_serbia.py \
        /tmp/ph/usr/lib/python3/dist-packages > forms/legal/testdata/python_holidays_serbia.txt

Only python3-dateutil is needed: the package's __init__ (which imports every country,
some needing convertdate) is bypassed by loading the Serbia module directly.
"""
import sys
import types

root = sys.argv[1] if len(sys.argv) > 1 else "/usr/lib/python3/dist-packages"
pkg = types.ModuleType("holidays")
pkg.__path__ = [root + "/holidays"]
sys.modules["holidays"] = pkg
countries = types.ModuleType("holidays.countries")
countries.__path__ = [root + "/holidays/countries"]
sys.modules["holidays.countries"] = countries

from holidays.countries.serbia import Serbia  # noqa: E402

days = Serbia(years=list(range(1995, 2100)))
for d, name in sorted(days.items()):
    for part in name.split(", "):
        print("%s\t%s" % (d.isoformat(), part))
