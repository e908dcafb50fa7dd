# target specific override directive
#| args: X=cli
all: override X = target
all: ; @echo [$(X)]