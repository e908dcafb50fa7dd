#| args: ab ac ad ae
# A pattern-specific ?= is decided when the patterns' variables apply to a file, not when
# the line is read: an earlier matching pattern's value wins (ab), a second ?= for the same
# pattern is kept but defines nothing (ac), a global defined later wins (ad), one defined
# before keeps its value and is still exported by an `export ?=` line (ae).
a%: AAA = aaa
%b: BBB = ccc
a%: BBB += ddd
%b: AAA ?= xxx
%b: AAA += bbb
%c: CCC ?= c1
%c: CCC ?= c2
%d: DDD ?= d1
DDD = global
EEE = g
%e: EEE ?= e1
%e: export EEE ?= e2
.PHONY: ab ac ad ae
ab: ; @echo $(AAA); echo $(BBB)
ac: ; @echo [$(CCC)] $(origin CCC)
ad: ; @echo [$(DDD)]
ae: ; @echo [$(EEE)] [$$EEE]
