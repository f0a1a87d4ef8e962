import {
  ArgumentsHost,
  BadRequestException,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
  ValidationError,
} from '@nestjs/common';
import type { Response } from 'express';

/** Flattens class-validator errors into messages that name the field (`tags[2]: …`). */
export function validationMessages(errors: ValidationError[], prefix = ''): string[] {
  const out: string[] = [];
  for (const e of errors) {
    const path = prefix
      ? /^\d+$/.test(e.property)
        ? `${prefix}[${e.property}]`
        : `${prefix}.${e.property}`
      : e.property;
    for (const msg of Object.values(e.constraints ?? {})) {
      out.push(
        msg.startsWith(e.property) ? path + msg.slice(e.property.length) : `${path}: ${msg}`,
      );
    }
    if (e.children?.length) out.push(...validationMessages(e.children, path));
  }
  return out;
}

export function validationException(errors: ValidationError[]): BadRequestException {
  return new BadRequestException(validationMessages(errors).join('; ') || 'Invalid request body');
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/** Every error leaves as `{statusCode, error, message, ...extra}`; never a stack trace or SQL. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Error');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    let status: number = HttpStatus.INTERNAL_SERVER_ERROR;
    let body: Record<string, unknown> = {};
    if (exception instanceof HttpException) {
      status = exception.getStatus();
      const r = exception.getResponse();
      body = typeof r === 'string' ? { message: r } : { ...(r as Record<string, unknown>) };
      if (Array.isArray(body.message)) body.message = body.message.join('; ');
    } else if (isBodyParserError(exception)) {
      status = exception.status;
      body = {
        message: status === 413 ? 'Request body is too large' : 'Request body is not valid JSON',
      };
    } else {
      this.logger.error(
        exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
      );
      body = { message: 'Internal server error' };
    }
    if (res.headersSent) return;
    res.status(status).json({
      statusCode: status,
      error: REASONS[status] ?? (typeof body.error === 'string' ? body.error : 'Error'),
      ...body,
      ...(status >= 500 ? { message: 'Internal server error' } : {}),
    });
  }
}

function isBodyParserError(e: unknown): e is { status: number; type: string } {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { status?: unknown }).status === 'number' &&
    typeof (e as { type?: unknown }).type === 'string'
  );
}
