// The part of qpdf's C API that ClassPlanner uses, loaded from libqpdf the first time a PDF
// is finished rather than when the program starts: linking libqpdf (and the libraries it
// pulls in) cost every run about 5 ms before `main`, though only a drawn PDF needs it.
// Each cqpdf_ function calls the qpdf_ function of the same name.
#ifndef CQPDF_H
#define CQPDF_H

#include <qpdf/qpdf-c.h>

/// Loads libqpdf the first time it is called (safe from any thread); true when every
/// function below can be called. When it is false, none may be.
QPDF_BOOL cqpdf_load(void);

/// The file name of the library `cqpdf_load` loads (`libqpdf.so.29`), for messages.
char const* cqpdf_library_name(void);

qpdf_data cqpdf_init(void);
void cqpdf_cleanup(qpdf_data* qpdf);
void cqpdf_silence_errors(qpdf_data qpdf);
QPDF_BOOL cqpdf_has_error(qpdf_data qpdf);
qpdf_error cqpdf_get_error(qpdf_data qpdf);
char const* cqpdf_get_error_full_text(qpdf_data q, qpdf_error e);
QPDF_ERROR_CODE cqpdf_read_memory(qpdf_data qpdf, char const* description, char const* buffer,
                                  unsigned long long size, char const* password);
qpdf_oh cqpdf_get_root(qpdf_data qpdf);
QPDF_BOOL cqpdf_oh_has_key(qpdf_data qpdf, qpdf_oh oh, char const* key);
qpdf_oh cqpdf_oh_get_key(qpdf_data qpdf, qpdf_oh oh, char const* key);
void cqpdf_oh_replace_key(qpdf_data qpdf, qpdf_oh oh, char const* key, qpdf_oh item);
qpdf_oh cqpdf_oh_new_unicode_string(qpdf_data qpdf, char const* utf8_str);
qpdf_oh cqpdf_oh_new_dictionary(qpdf_data qpdf);
qpdf_oh cqpdf_oh_new_bool(qpdf_data qpdf, QPDF_BOOL value);
QPDF_BOOL cqpdf_oh_is_array(qpdf_data qpdf, qpdf_oh oh);
int cqpdf_oh_get_array_n_items(qpdf_data qpdf, qpdf_oh oh);
qpdf_oh cqpdf_oh_get_array_item(qpdf_data qpdf, qpdf_oh oh, int n);
QPDF_BOOL cqpdf_oh_is_dictionary(qpdf_data qpdf, qpdf_oh oh);
QPDF_BOOL cqpdf_oh_is_name_and_equals(qpdf_data qpdf, qpdf_oh oh, char const* name);
QPDF_ERROR_CODE cqpdf_init_write_memory(qpdf_data qpdf);
void cqpdf_set_deterministic_ID(qpdf_data qpdf, QPDF_BOOL value);
void cqpdf_set_compress_streams(qpdf_data qpdf, QPDF_BOOL value);
void cqpdf_set_decode_level(qpdf_data qpdf, enum qpdf_stream_decode_level_e level);
QPDF_ERROR_CODE cqpdf_write(qpdf_data qpdf);
unsigned char const* cqpdf_get_buffer(qpdf_data qpdf);
size_t cqpdf_get_buffer_length(qpdf_data qpdf);

#endif
