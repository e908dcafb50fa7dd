# A target with no recipe and no prerequisites that does not exist is considered remade (FORCE idiom, manual 4.6).
all: FORCE ; @echo all ran
FORCE:
