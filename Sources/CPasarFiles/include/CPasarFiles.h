#ifndef CPASARFILES_H
#define CPASARFILES_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE): both keep existing at every
/// instant. Returns 0 on success, -1 with errno set otherwise (EINVAL or ENOSYS where the file
/// system or kernel cannot exchange).
int pasar_exchange_paths(const char *first, const char *second);

#endif
