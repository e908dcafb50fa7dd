# else ifeq / else ifdef chains; only the first true branch runs (manual 7.2).
v = 3
ifeq ($(v),1)
$(info one)
else ifeq ($(v),3)
$(info three)
else ifdef v
$(info defined)
else
$(info other)
endif
all: ; @:
