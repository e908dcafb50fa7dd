# After a taken branch the chained conditional is never parsed: invalid syntax there is silent.
ifeq (a,a)
$(info then)
else ifeq (a)
$(info no)
else ifdef A B
$(info no)
endif
all: ; @echo done
