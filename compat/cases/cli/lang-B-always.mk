# B always
#| args: -B
#| setup: touch all
all: ; @echo x