# A global made private stays private when assigned again (=, override, define, ?=, !=);
# only undefine forgets it. Private globals are still exported when marked so.
private A = 1
A = 2
private B = 1
override B = 2
private define C
1
endef
override define C
2
endef
private D = 1
export D = 2
private E = 1
undefine E
E = 3
private F = 1
F != echo 4
all: ; @echo '[$(A)] [$(B)] [$(C)] [$(D)] [$(E)] [$(F)]' "[$$D]"
