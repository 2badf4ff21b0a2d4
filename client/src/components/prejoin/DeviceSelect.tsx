import { useId } from 'react';

interface DeviceSelectProps {
  label: string;
  devices: MediaDeviceInfo[];
  value: string | null;
  onChange(deviceId: string | null): void;
}

export function DeviceSelect({ label, devices, value, onChange }: DeviceSelectProps) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">System default</option>
        {devices.map((device, index) => (
          <option key={device.deviceId || index} value={device.deviceId}>
            {device.label || `${label} ${index + 1}`}
          </option>
        ))}
      </select>
    </>
  );
}
