# $(wordlist s,e,text) bounds: e beyond end, s > e, s beyond end (manual 8.2).
t = a b c d e
$(info [$(wordlist 2,3,$(t))] [$(wordlist 2,99,$(t))] [$(wordlist 4,2,$(t))] [$(wordlist 9,10,$(t))] [$(wordlist 1,0,$(t))])
all: ; @:
