#| args: -p ac ae
#| normalise: database
# -p lists every pattern-specific ?= line, also those that define nothing.
%c: CCC ?= c1
%c: CCC ?= c2
EEE = g
%e: EEE ?= e1
%e: export EEE ?= e2
.PHONY: ac ae
ac: ; @echo [$(CCC)]
ae: ; @echo [$(EEE)] [$$EEE]
