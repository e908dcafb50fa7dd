# Two else branches in one conditional is a fatal error.
ifdef x
else
else
endif
all: ; @:
