# jobs without number
#| args: --jobs
all: ; @echo x
