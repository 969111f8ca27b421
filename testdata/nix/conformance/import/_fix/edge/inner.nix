magic
