package main

// header opens people.tsv: what it is, where it comes from under which
// licence, and what its columns hold.
const header = `# people.tsv — people of the Phoenix country dictionary with their CAMEO codes and coded periods.
# GENERATED; do not edit. Regenerate from the module root with
#   go run ./extract/internal/phoenixpeople ../shared/corpora/cameo-dicts/Phoenix.Countries.actors.txt > extract/actor/data/people.tsv
# Derived from Phoenix.Countries.actors.txt (CountryInfo.140130) of PETRARCH-2,
# https://github.com/openeventdata/petrarch2 at commit 676801cd9cb2924bbbad09f86d15c9323e7097bf
# (petrarch2/data/dictionaries/). The MIT License (MIT), Copyright (c) 2014 Open Event Data Alliance:
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
# associated documentation files (the "Software"), to deal in the Software without restriction,
# including without limitation the rights to use, copy, modify, merge, publish, distribute,
# sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions: The above copyright notice and this
# permission notice shall be included in all copies or substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
# NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
# NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
# DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
# OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
# Columns (TAB-separated): name	code	start	end	aliases
#   name     full name, cased from Phoenix's capitals ("Yoweri Museveni", "Mohammad Zia ul-Haq");
#            rows with the same name are one person
#   code     CAMEO code as Phoenix gives it (UGAGOV, UGAELI, DZAGOV, IRNGOV); its state is the row of
#            countries.tsv whose code begins it. A person's first row is the main one (latest
#            government period, else latest period); its code is the person's code.
#   start    first day of the coded period, YYYY-MM-DD; empty = open (or, with end empty too,
#            Phoenix's undated default code, which is no period)
#   end      last day of the period as Phoenix gives it (the loader, as for leaders.tsv, takes it as
#            the day the term ended), YYYY-MM-DD; empty = open
#   aliases  Phoenix's other spellings of the full name ("Yoweri Kaguta Museveni"), without titles,
#            "|"-separated; the same on every row of a person
# People of leaders.tsv are left out (the hand table wins), and so are bodies, roles and places, and
# rows coded for a state or territory that countries.tsv lacks (DDR East Germany, BMU Bermuda, CYM
# Cayman Islands, ...) or for an international body (IGO).`
