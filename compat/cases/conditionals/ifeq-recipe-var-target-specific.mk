# Conditionals are evaluated at parse time, so target-specific values never affect them.
t: MODE = debug
ifeq ($(MODE),debug)
$(info parse-time debug)
else
$(info parse-time not debug)
endif
t: ; @echo recipe MODE=$(MODE)
