# j no number then goal
#| args: -j all
all: ; @echo x