# target specific override cli
#| args: X=cli
all: X = target
all: ; @echo [$(X)]